/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mount</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Mount#getType <em>Type</em>}</li>
 *   <li>{@link flotilla.model.Mount#getSource <em>Source</em>}</li>
 *   <li>{@link flotilla.model.Mount#getTarget <em>Target</em>}</li>
 *   <li>{@link flotilla.model.Mount#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link flotilla.model.Mount#isNoCopy <em>No Copy</em>}</li>
 *   <li>{@link flotilla.model.Mount#getPropagation <em>Propagation</em>}</li>
 *   <li>{@link flotilla.model.Mount#getTmpfsSize <em>Tmpfs Size</em>}</li>
 *   <li>{@link flotilla.model.Mount#getConsistency <em>Consistency</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getMount()
 * @model
 * @generated
 */
public interface Mount extends Element {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.MountType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see flotilla.model.MountType
	 * @see #setType(MountType)
	 * @see flotilla.model.ModelPackage#getMount_Type()
	 * @model
	 * @generated
	 */
	MountType getType();

	/**
	 * Sets the value of the '{@link flotilla.model.Mount#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see flotilla.model.MountType
	 * @see #getType()
	 * @generated
	 */
	void setType(MountType value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see flotilla.model.ModelPackage#getMount_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link flotilla.model.Mount#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see flotilla.model.ModelPackage#getMount_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link flotilla.model.Mount#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(boolean)
	 * @see flotilla.model.ModelPackage#getMount_ReadOnly()
	 * @model
	 * @generated
	 */
	boolean isReadOnly();

	/**
	 * Sets the value of the '{@link flotilla.model.Mount#isReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #isReadOnly()
	 * @generated
	 */
	void setReadOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>No Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Do not copy the image's data into a new volume (volume.nocopy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No Copy</em>' attribute.
	 * @see #setNoCopy(boolean)
	 * @see flotilla.model.ModelPackage#getMount_NoCopy()
	 * @model
	 * @generated
	 */
	boolean isNoCopy();

	/**
	 * Sets the value of the '{@link flotilla.model.Mount#isNoCopy <em>No Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Copy</em>' attribute.
	 * @see #isNoCopy()
	 * @generated
	 */
	void setNoCopy(boolean value);

	/**
	 * Returns the value of the '<em><b>Propagation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bind propagation (rprivate, shared, slave...); empty means rprivate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Propagation</em>' attribute.
	 * @see #setPropagation(String)
	 * @see flotilla.model.ModelPackage#getMount_Propagation()
	 * @model
	 * @generated
	 */
	String getPropagation();

	/**
	 * Sets the value of the '{@link flotilla.model.Mount#getPropagation <em>Propagation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Propagation</em>' attribute.
	 * @see #getPropagation()
	 * @generated
	 */
	void setPropagation(String value);

	/**
	 * Returns the value of the '<em><b>Tmpfs Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of a tmpfs mount in bytes; zero means unlimited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tmpfs Size</em>' attribute.
	 * @see #setTmpfsSize(long)
	 * @see flotilla.model.ModelPackage#getMount_TmpfsSize()
	 * @model
	 * @generated
	 */
	long getTmpfsSize();

	/**
	 * Sets the value of the '{@link flotilla.model.Mount#getTmpfsSize <em>Tmpfs Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tmpfs Size</em>' attribute.
	 * @see #getTmpfsSize()
	 * @generated
	 */
	void setTmpfsSize(long value);

	/**
	 * Returns the value of the '<em><b>Consistency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mount consistency (default, consistent, cached, delegated).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consistency</em>' attribute.
	 * @see #setConsistency(String)
	 * @see flotilla.model.ModelPackage#getMount_Consistency()
	 * @model
	 * @generated
	 */
	String getConsistency();

	/**
	 * Sets the value of the '{@link flotilla.model.Mount#getConsistency <em>Consistency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consistency</em>' attribute.
	 * @see #getConsistency()
	 * @generated
	 */
	void setConsistency(String value);

} // Mount
