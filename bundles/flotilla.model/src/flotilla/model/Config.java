/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see flotilla.model.ModelPackage#getConfig()
 * @model
 * @generated
 */
public interface Config extends StoredData {
} // Config
