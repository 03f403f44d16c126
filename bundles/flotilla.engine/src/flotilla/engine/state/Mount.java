package flotilla.engine.state;

/**
 * type is bind, volume or tmpfs, as in `--mount type=volume,source=data,target=/data`; driver is a volume's
 * driver (`volume-driver=`), null for the default (local).
 */
public record Mount(String type, String source, String target, boolean readOnly, String driver) {

    public Mount(String type, String source, String target, boolean readOnly) {
        this(type, source, target, readOnly, null);
    }
}
