package flotilla.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import flotilla.model.validation.ModelChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flotilla validate MODEL...}: every finding as {@code FILE: ELEMENT: SEVERITY: MESSAGE}. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check models for errors and warnings; exits 1 when a model has an error.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "MODEL", description = "The .flotilla files to check.")
    private List<Path> models;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ModelChecker.Result result = ModelChecker.check(models);
        result.lines().forEach(spec.commandLine().getOut()::println);
        return result.exitCode();
    }
}
