/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Secret</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see flotilla.model.ModelPackage#getSecret()
 * @model
 * @generated
 */
public interface Secret extends StoredData {
} // Secret
