/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tcp Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The engine's TCP socket; TLS material is referenced by path, never embedded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.TcpEndpoint#getHost <em>Host</em>}</li>
 *   <li>{@link flotilla.model.TcpEndpoint#getPort <em>Port</em>}</li>
 *   <li>{@link flotilla.model.TcpEndpoint#isTls <em>Tls</em>}</li>
 *   <li>{@link flotilla.model.TcpEndpoint#getCaCertPath <em>Ca Cert Path</em>}</li>
 *   <li>{@link flotilla.model.TcpEndpoint#getCertPath <em>Cert Path</em>}</li>
 *   <li>{@link flotilla.model.TcpEndpoint#getKeyPath <em>Key Path</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getTcpEndpoint()
 * @model
 * @generated
 */
public interface TcpEndpoint extends EngineEndpoint {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see flotilla.model.ModelPackage#getTcpEndpoint_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link flotilla.model.TcpEndpoint#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"2376"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see flotilla.model.ModelPackage#getTcpEndpoint_Port()
	 * @model default="2376"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link flotilla.model.TcpEndpoint#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Tls</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tls</em>' attribute.
	 * @see #setTls(boolean)
	 * @see flotilla.model.ModelPackage#getTcpEndpoint_Tls()
	 * @model default="true"
	 * @generated
	 */
	boolean isTls();

	/**
	 * Sets the value of the '{@link flotilla.model.TcpEndpoint#isTls <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls</em>' attribute.
	 * @see #isTls()
	 * @generated
	 */
	void setTls(boolean value);

	/**
	 * Returns the value of the '<em><b>Ca Cert Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ca Cert Path</em>' attribute.
	 * @see #setCaCertPath(String)
	 * @see flotilla.model.ModelPackage#getTcpEndpoint_CaCertPath()
	 * @model
	 * @generated
	 */
	String getCaCertPath();

	/**
	 * Sets the value of the '{@link flotilla.model.TcpEndpoint#getCaCertPath <em>Ca Cert Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ca Cert Path</em>' attribute.
	 * @see #getCaCertPath()
	 * @generated
	 */
	void setCaCertPath(String value);

	/**
	 * Returns the value of the '<em><b>Cert Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cert Path</em>' attribute.
	 * @see #setCertPath(String)
	 * @see flotilla.model.ModelPackage#getTcpEndpoint_CertPath()
	 * @model
	 * @generated
	 */
	String getCertPath();

	/**
	 * Sets the value of the '{@link flotilla.model.TcpEndpoint#getCertPath <em>Cert Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cert Path</em>' attribute.
	 * @see #getCertPath()
	 * @generated
	 */
	void setCertPath(String value);

	/**
	 * Returns the value of the '<em><b>Key Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Path</em>' attribute.
	 * @see #setKeyPath(String)
	 * @see flotilla.model.ModelPackage#getTcpEndpoint_KeyPath()
	 * @model
	 * @generated
	 */
	String getKeyPath();

	/**
	 * Sets the value of the '{@link flotilla.model.TcpEndpoint#getKeyPath <em>Key Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Path</em>' attribute.
	 * @see #getKeyPath()
	 * @generated
	 */
	void setKeyPath(String value);

} // TcpEndpoint
