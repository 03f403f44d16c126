/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Published Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.PublishedPort#getTarget <em>Target</em>}</li>
 *   <li>{@link flotilla.model.PublishedPort#getPublished <em>Published</em>}</li>
 *   <li>{@link flotilla.model.PublishedPort#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link flotilla.model.PublishedPort#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getPublishedPort()
 * @model
 * @generated
 */
public interface PublishedPort extends Element {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(int)
	 * @see flotilla.model.ModelPackage#getPublishedPort_Target()
	 * @model
	 * @generated
	 */
	int getTarget();

	/**
	 * Sets the value of the '{@link flotilla.model.PublishedPort#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(int value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zero means swarm assigns one from 30000-32767.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(int)
	 * @see flotilla.model.ModelPackage#getPublishedPort_Published()
	 * @model
	 * @generated
	 */
	int getPublished();

	/**
	 * Sets the value of the '{@link flotilla.model.PublishedPort#getPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #getPublished()
	 * @generated
	 */
	void setPublished(int value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see flotilla.model.Protocol
	 * @see #setProtocol(Protocol)
	 * @see flotilla.model.ModelPackage#getPublishedPort_Protocol()
	 * @model
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link flotilla.model.PublishedPort#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see flotilla.model.Protocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.PublishMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see flotilla.model.PublishMode
	 * @see #setMode(PublishMode)
	 * @see flotilla.model.ModelPackage#getPublishedPort_Mode()
	 * @model
	 * @generated
	 */
	PublishMode getMode();

	/**
	 * Sets the value of the '{@link flotilla.model.PublishedPort#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see flotilla.model.PublishMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(PublishMode value);

} // PublishedPort
