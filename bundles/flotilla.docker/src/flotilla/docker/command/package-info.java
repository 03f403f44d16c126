/**
 * Command trees in the manner of Cobra, which the docker CLI is built on: a {@link flotilla.docker.command.Command}
 * is declared once with its use line, description, aliases, {@link flotilla.docker.command.Flag}s,
 * {@link flotilla.docker.command.Arity} and handler, and everything else reads that declaration:
 * dispatch and usage errors ({@link flotilla.docker.command.Command#execute}), parsed
 * {@link flotilla.docker.command.Flags}, {@code --help} ({@link flotilla.docker.command.Help}) and Tab
 * completion ({@link flotilla.docker.command.Completion}). Nothing here knows the swarm.
 */
package flotilla.docker.command;
