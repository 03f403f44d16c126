/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.DataReference#getTarget <em>Target</em>}</li>
 *   <li>{@link flotilla.model.DataReference#getUid <em>Uid</em>}</li>
 *   <li>{@link flotilla.model.DataReference#getGid <em>Gid</em>}</li>
 *   <li>{@link flotilla.model.DataReference#getFileMode <em>File Mode</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getDataReference()
 * @model abstract="true"
 * @generated
 */
public interface DataReference extends Element {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name inside the container; empty means the secret's or config's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see flotilla.model.ModelPackage#getDataReference_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link flotilla.model.DataReference#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see flotilla.model.ModelPackage#getDataReference_Uid()
	 * @model
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link flotilla.model.DataReference#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

	/**
	 * Returns the value of the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gid</em>' attribute.
	 * @see #setGid(String)
	 * @see flotilla.model.ModelPackage#getDataReference_Gid()
	 * @model
	 * @generated
	 */
	String getGid();

	/**
	 * Sets the value of the '{@link flotilla.model.DataReference#getGid <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gid</em>' attribute.
	 * @see #getGid()
	 * @generated
	 */
	void setGid(String value);

	/**
	 * Returns the value of the '<em><b>File Mode</b></em>' attribute.
	 * The default value is <code>"292"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Mode</em>' attribute.
	 * @see #setFileMode(int)
	 * @see flotilla.model.ModelPackage#getDataReference_FileMode()
	 * @model default="292"
	 * @generated
	 */
	int getFileMode();

	/**
	 * Sets the value of the '{@link flotilla.model.DataReference#getFileMode <em>File Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Mode</em>' attribute.
	 * @see #getFileMode()
	 * @generated
	 */
	void setFileMode(int value);

} // DataReference
