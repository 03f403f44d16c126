/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resources</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * CPU and memory: a node's capacity, or a service's reservations or limits. Zero means not set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Resources#getNanoCPUs <em>Nano CP Us</em>}</li>
 *   <li>{@link flotilla.model.Resources#getMemoryBytes <em>Memory Bytes</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getResources()
 * @model
 * @generated
 */
public interface Resources extends Element {
	/**
	 * Returns the value of the '<em><b>Nano CP Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nano CP Us</em>' attribute.
	 * @see #setNanoCPUs(long)
	 * @see flotilla.model.ModelPackage#getResources_NanoCPUs()
	 * @model
	 * @generated
	 */
	long getNanoCPUs();

	/**
	 * Sets the value of the '{@link flotilla.model.Resources#getNanoCPUs <em>Nano CP Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nano CP Us</em>' attribute.
	 * @see #getNanoCPUs()
	 * @generated
	 */
	void setNanoCPUs(long value);

	/**
	 * Returns the value of the '<em><b>Memory Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Bytes</em>' attribute.
	 * @see #setMemoryBytes(long)
	 * @see flotilla.model.ModelPackage#getResources_MemoryBytes()
	 * @model
	 * @generated
	 */
	long getMemoryBytes();

	/**
	 * Sets the value of the '{@link flotilla.model.Resources#getMemoryBytes <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Bytes</em>' attribute.
	 * @see #getMemoryBytes()
	 * @generated
	 */
	void setMemoryBytes(long value);

} // Resources
