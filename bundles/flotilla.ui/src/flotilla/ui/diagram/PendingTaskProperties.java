package flotilla.ui.diagram;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * A pending task in the Properties view, read only: which task, of which service, and swarm's whole
 * reason for keeping it waiting, as {@code docker service ps --no-trunc} prints it.
 */
final class PendingTaskProperties implements IPropertySource {

    private static final String TASK = "task";
    private static final String SERVICE = "service";
    private static final String STATE = "state";
    private static final String REASON = "reason";

    private final Placements.PendingTask task;

    PendingTaskProperties(Placements.PendingTask task) {
        this.task = task;
    }

    @Override
    public Object getEditableValue() {
        return null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return new IPropertyDescriptor[]{row(TASK, "Task"), row(SERVICE, "Service"), row(STATE, "State"),
                row(REASON, "Reason")};
    }

    private static IPropertyDescriptor row(String id, String name) {
        PropertyDescriptor descriptor = new PropertyDescriptor(id, name);
        descriptor.setCategory("Pending task");
        return descriptor;
    }

    @Override
    public Object getPropertyValue(Object id) {
        return switch ((String) id) {
        case TASK -> task.name();
        case SERVICE -> task.service().qualifiedName();
        case STATE -> "pending";
        default -> task.reason();
        };
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read only: the engine decides, the user changes the model
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read only
    }
}
