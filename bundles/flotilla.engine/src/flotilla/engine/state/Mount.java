package flotilla.engine.state;

/** type is bind, volume or tmpfs, as in `--mount type=volume,source=data,target=/data`. */
public record Mount(String type, String source, String target, boolean readOnly) {
}
