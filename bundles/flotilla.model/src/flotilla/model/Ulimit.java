/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ulimit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Ulimit#getName <em>Name</em>}</li>
 *   <li>{@link flotilla.model.Ulimit#getSoft <em>Soft</em>}</li>
 *   <li>{@link flotilla.model.Ulimit#getHard <em>Hard</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getUlimit()
 * @model
 * @generated
 */
public interface Ulimit extends Element {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see flotilla.model.ModelPackage#getUlimit_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link flotilla.model.Ulimit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Soft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Soft</em>' attribute.
	 * @see #setSoft(long)
	 * @see flotilla.model.ModelPackage#getUlimit_Soft()
	 * @model
	 * @generated
	 */
	long getSoft();

	/**
	 * Sets the value of the '{@link flotilla.model.Ulimit#getSoft <em>Soft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soft</em>' attribute.
	 * @see #getSoft()
	 * @generated
	 */
	void setSoft(long value);

	/**
	 * Returns the value of the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hard</em>' attribute.
	 * @see #setHard(long)
	 * @see flotilla.model.ModelPackage#getUlimit_Hard()
	 * @model
	 * @generated
	 */
	long getHard();

	/**
	 * Sets the value of the '{@link flotilla.model.Ulimit#getHard <em>Hard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hard</em>' attribute.
	 * @see #getHard()
	 * @generated
	 */
	void setHard(long value);

} // Ulimit
