/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Secret Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.SecretReference#getSecret <em>Secret</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getSecretReference()
 * @model
 * @generated
 */
public interface SecretReference extends DataReference {
	/**
	 * Returns the value of the '<em><b>Secret</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret</em>' reference.
	 * @see #setSecret(Secret)
	 * @see flotilla.model.ModelPackage#getSecretReference_Secret()
	 * @model required="true"
	 * @generated
	 */
	Secret getSecret();

	/**
	 * Sets the value of the '{@link flotilla.model.SecretReference#getSecret <em>Secret</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret</em>' reference.
	 * @see #getSecret()
	 * @generated
	 */
	void setSecret(Secret value);

} // SecretReference
