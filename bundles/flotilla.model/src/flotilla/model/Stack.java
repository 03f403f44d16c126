/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stack</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Services and networks deployed together (docker stack deploy); swarm names them STACK_NAME.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Stack#getServices <em>Services</em>}</li>
 *   <li>{@link flotilla.model.Stack#getNetworks <em>Networks</em>}</li>
 *   <li>{@link flotilla.model.Stack#getVolumes <em>Volumes</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getStack()
 * @model
 * @generated
 */
public interface Stack extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getStack_Services()
	 * @model containment="true"
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Networks</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Network}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Networks</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getStack_Networks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Network> getNetworks();

	/**
	 * Returns the value of the '<em><b>Volumes</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Volume}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named volumes the stack's services mount; swarm names them STACK_NAME.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volumes</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getStack_Volumes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Volume> getVolumes();

} // Stack
