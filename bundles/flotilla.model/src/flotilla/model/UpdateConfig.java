/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Update Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How tasks are replaced on an update, or on a rollback; swarm's defaults.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.UpdateConfig#getParallelism <em>Parallelism</em>}</li>
 *   <li>{@link flotilla.model.UpdateConfig#getDelay <em>Delay</em>}</li>
 *   <li>{@link flotilla.model.UpdateConfig#getFailureAction <em>Failure Action</em>}</li>
 *   <li>{@link flotilla.model.UpdateConfig#getMonitor <em>Monitor</em>}</li>
 *   <li>{@link flotilla.model.UpdateConfig#getMaxFailureRatio <em>Max Failure Ratio</em>}</li>
 *   <li>{@link flotilla.model.UpdateConfig#getOrder <em>Order</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getUpdateConfig()
 * @model
 * @generated
 */
public interface UpdateConfig extends Element {
	/**
	 * Returns the value of the '<em><b>Parallelism</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parallelism</em>' attribute.
	 * @see #setParallelism(int)
	 * @see flotilla.model.ModelPackage#getUpdateConfig_Parallelism()
	 * @model default="1"
	 * @generated
	 */
	int getParallelism();

	/**
	 * Sets the value of the '{@link flotilla.model.UpdateConfig#getParallelism <em>Parallelism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parallelism</em>' attribute.
	 * @see #getParallelism()
	 * @generated
	 */
	void setParallelism(int value);

	/**
	 * Returns the value of the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delay</em>' attribute.
	 * @see #setDelay(long)
	 * @see flotilla.model.ModelPackage#getUpdateConfig_Delay()
	 * @model
	 * @generated
	 */
	long getDelay();

	/**
	 * Sets the value of the '{@link flotilla.model.UpdateConfig#getDelay <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay</em>' attribute.
	 * @see #getDelay()
	 * @generated
	 */
	void setDelay(long value);

	/**
	 * Returns the value of the '<em><b>Failure Action</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.FailureAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure Action</em>' attribute.
	 * @see flotilla.model.FailureAction
	 * @see #setFailureAction(FailureAction)
	 * @see flotilla.model.ModelPackage#getUpdateConfig_FailureAction()
	 * @model
	 * @generated
	 */
	FailureAction getFailureAction();

	/**
	 * Sets the value of the '{@link flotilla.model.UpdateConfig#getFailureAction <em>Failure Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure Action</em>' attribute.
	 * @see flotilla.model.FailureAction
	 * @see #getFailureAction()
	 * @generated
	 */
	void setFailureAction(FailureAction value);

	/**
	 * Returns the value of the '<em><b>Monitor</b></em>' attribute.
	 * The default value is <code>"5000000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monitor</em>' attribute.
	 * @see #setMonitor(long)
	 * @see flotilla.model.ModelPackage#getUpdateConfig_Monitor()
	 * @model default="5000000000"
	 * @generated
	 */
	long getMonitor();

	/**
	 * Sets the value of the '{@link flotilla.model.UpdateConfig#getMonitor <em>Monitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monitor</em>' attribute.
	 * @see #getMonitor()
	 * @generated
	 */
	void setMonitor(long value);

	/**
	 * Returns the value of the '<em><b>Max Failure Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Failure Ratio</em>' attribute.
	 * @see #setMaxFailureRatio(double)
	 * @see flotilla.model.ModelPackage#getUpdateConfig_MaxFailureRatio()
	 * @model
	 * @generated
	 */
	double getMaxFailureRatio();

	/**
	 * Sets the value of the '{@link flotilla.model.UpdateConfig#getMaxFailureRatio <em>Max Failure Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Failure Ratio</em>' attribute.
	 * @see #getMaxFailureRatio()
	 * @generated
	 */
	void setMaxFailureRatio(double value);

	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.UpdateOrder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see flotilla.model.UpdateOrder
	 * @see #setOrder(UpdateOrder)
	 * @see flotilla.model.ModelPackage#getUpdateConfig_Order()
	 * @model
	 * @generated
	 */
	UpdateOrder getOrder();

	/**
	 * Sets the value of the '{@link flotilla.model.UpdateConfig#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see flotilla.model.UpdateOrder
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(UpdateOrder value);

} // UpdateConfig
