/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Restart Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.RestartPolicy#getCondition <em>Condition</em>}</li>
 *   <li>{@link flotilla.model.RestartPolicy#getDelay <em>Delay</em>}</li>
 *   <li>{@link flotilla.model.RestartPolicy#getMaxAttempts <em>Max Attempts</em>}</li>
 *   <li>{@link flotilla.model.RestartPolicy#getWindow <em>Window</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getRestartPolicy()
 * @model
 * @generated
 */
public interface RestartPolicy extends Element {
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * The default value is <code>"any"</code>.
	 * The literals are from the enumeration {@link flotilla.model.RestartCondition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see flotilla.model.RestartCondition
	 * @see #setCondition(RestartCondition)
	 * @see flotilla.model.ModelPackage#getRestartPolicy_Condition()
	 * @model default="any"
	 * @generated
	 */
	RestartCondition getCondition();

	/**
	 * Sets the value of the '{@link flotilla.model.RestartPolicy#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see flotilla.model.RestartCondition
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(RestartCondition value);

	/**
	 * Returns the value of the '<em><b>Delay</b></em>' attribute.
	 * The default value is <code>"5000000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delay</em>' attribute.
	 * @see #setDelay(long)
	 * @see flotilla.model.ModelPackage#getRestartPolicy_Delay()
	 * @model default="5000000000"
	 * @generated
	 */
	long getDelay();

	/**
	 * Sets the value of the '{@link flotilla.model.RestartPolicy#getDelay <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay</em>' attribute.
	 * @see #getDelay()
	 * @generated
	 */
	void setDelay(long value);

	/**
	 * Returns the value of the '<em><b>Max Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zero means unlimited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Attempts</em>' attribute.
	 * @see #setMaxAttempts(int)
	 * @see flotilla.model.ModelPackage#getRestartPolicy_MaxAttempts()
	 * @model
	 * @generated
	 */
	int getMaxAttempts();

	/**
	 * Sets the value of the '{@link flotilla.model.RestartPolicy#getMaxAttempts <em>Max Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Attempts</em>' attribute.
	 * @see #getMaxAttempts()
	 * @generated
	 */
	void setMaxAttempts(int value);

	/**
	 * Returns the value of the '<em><b>Window</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window</em>' attribute.
	 * @see #setWindow(long)
	 * @see flotilla.model.ModelPackage#getRestartPolicy_Window()
	 * @model
	 * @generated
	 */
	long getWindow();

	/**
	 * Sets the value of the '{@link flotilla.model.RestartPolicy#getWindow <em>Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window</em>' attribute.
	 * @see #getWindow()
	 * @generated
	 */
	void setWindow(long value);

} // RestartPolicy
