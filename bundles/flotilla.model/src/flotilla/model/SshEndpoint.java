/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ssh Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.SshEndpoint#getUser <em>User</em>}</li>
 *   <li>{@link flotilla.model.SshEndpoint#getHost <em>Host</em>}</li>
 *   <li>{@link flotilla.model.SshEndpoint#getPort <em>Port</em>}</li>
 *   <li>{@link flotilla.model.SshEndpoint#getIdentityFile <em>Identity File</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getSshEndpoint()
 * @model
 * @generated
 */
public interface SshEndpoint extends EngineEndpoint {
	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see flotilla.model.ModelPackage#getSshEndpoint_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link flotilla.model.SshEndpoint#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see flotilla.model.ModelPackage#getSshEndpoint_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link flotilla.model.SshEndpoint#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"22"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see flotilla.model.ModelPackage#getSshEndpoint_Port()
	 * @model default="22"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link flotilla.model.SshEndpoint#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Identity File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity File</em>' attribute.
	 * @see #setIdentityFile(String)
	 * @see flotilla.model.ModelPackage#getSshEndpoint_IdentityFile()
	 * @model
	 * @generated
	 */
	String getIdentityFile();

	/**
	 * Sets the value of the '{@link flotilla.model.SshEndpoint#getIdentityFile <em>Identity File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity File</em>' attribute.
	 * @see #getIdentityFile()
	 * @generated
	 */
	void setIdentityFile(String value);

} // SshEndpoint
