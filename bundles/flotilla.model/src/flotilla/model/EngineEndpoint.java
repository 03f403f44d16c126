/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Engine Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see flotilla.model.ModelPackage#getEngineEndpoint()
 * @model abstract="true"
 * @generated
 */
public interface EngineEndpoint extends Element {
} // EngineEndpoint
