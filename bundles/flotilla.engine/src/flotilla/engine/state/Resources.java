package flotilla.engine.state;

/** CPU in nano-CPUs (1e9 = one core) and memory in bytes, as the Engine API counts them. */
public record Resources(long nanoCpus, long memoryBytes) {
    public static final Resources NONE = new Resources(0, 0);

    public boolean isNone() {
        return nanoCpus == 0 && memoryBytes == 0;
    }
}
