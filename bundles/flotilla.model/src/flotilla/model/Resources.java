/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;


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
 *   <li>{@link flotilla.model.Resources#getPids <em>Pids</em>}</li>
 *   <li>{@link flotilla.model.Resources#getGenericResources <em>Generic Resources</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Pids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum number of processes (limits only); zero means not set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pids</em>' attribute.
	 * @see #setPids(long)
	 * @see flotilla.model.ModelPackage#getResources_Pids()
	 * @model
	 * @generated
	 */
	long getPids();

	/**
	 * Sets the value of the '{@link flotilla.model.Resources#getPids <em>Pids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pids</em>' attribute.
	 * @see #getPids()
	 * @generated
	 */
	void setPids(long value);

	/**
	 * Returns the value of the '<em><b>Generic Resources</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.GenericResource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discrete generic resources such as GPUs (reservations only), matched against the nodes' generic resources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generic Resources</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getResources_GenericResources()
	 * @model containment="true"
	 * @generated
	 */
	EList<GenericResource> getGenericResources();

} // Resources
