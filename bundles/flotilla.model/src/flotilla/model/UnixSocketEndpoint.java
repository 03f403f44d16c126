/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unix Socket Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.UnixSocketEndpoint#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getUnixSocketEndpoint()
 * @model
 * @generated
 */
public interface UnixSocketEndpoint extends EngineEndpoint {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * The default value is <code>"/var/run/docker.sock"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see flotilla.model.ModelPackage#getUnixSocketEndpoint_Path()
	 * @model default="/var/run/docker.sock"
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link flotilla.model.UnixSocketEndpoint#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

} // UnixSocketEndpoint
