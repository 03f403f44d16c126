/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Healthcheck</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Healthcheck#getTest <em>Test</em>}</li>
 *   <li>{@link flotilla.model.Healthcheck#getInterval <em>Interval</em>}</li>
 *   <li>{@link flotilla.model.Healthcheck#getTimeout <em>Timeout</em>}</li>
 *   <li>{@link flotilla.model.Healthcheck#getStartPeriod <em>Start Period</em>}</li>
 *   <li>{@link flotilla.model.Healthcheck#getRetries <em>Retries</em>}</li>
 *   <li>{@link flotilla.model.Healthcheck#getStartInterval <em>Start Interval</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getHealthcheck()
 * @model
 * @generated
 */
public interface Healthcheck extends Element {
	/**
	 * Returns the value of the '<em><b>Test</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * As in the compose file: CMD or CMD-SHELL followed by the command, or NONE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Test</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getHealthcheck_Test()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTest();

	/**
	 * Returns the value of the '<em><b>Interval</b></em>' attribute.
	 * The default value is <code>"30000000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interval</em>' attribute.
	 * @see #setInterval(long)
	 * @see flotilla.model.ModelPackage#getHealthcheck_Interval()
	 * @model default="30000000000"
	 * @generated
	 */
	long getInterval();

	/**
	 * Sets the value of the '{@link flotilla.model.Healthcheck#getInterval <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval</em>' attribute.
	 * @see #getInterval()
	 * @generated
	 */
	void setInterval(long value);

	/**
	 * Returns the value of the '<em><b>Timeout</b></em>' attribute.
	 * The default value is <code>"30000000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout</em>' attribute.
	 * @see #setTimeout(long)
	 * @see flotilla.model.ModelPackage#getHealthcheck_Timeout()
	 * @model default="30000000000"
	 * @generated
	 */
	long getTimeout();

	/**
	 * Sets the value of the '{@link flotilla.model.Healthcheck#getTimeout <em>Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout</em>' attribute.
	 * @see #getTimeout()
	 * @generated
	 */
	void setTimeout(long value);

	/**
	 * Returns the value of the '<em><b>Start Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Period</em>' attribute.
	 * @see #setStartPeriod(long)
	 * @see flotilla.model.ModelPackage#getHealthcheck_StartPeriod()
	 * @model
	 * @generated
	 */
	long getStartPeriod();

	/**
	 * Sets the value of the '{@link flotilla.model.Healthcheck#getStartPeriod <em>Start Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Period</em>' attribute.
	 * @see #getStartPeriod()
	 * @generated
	 */
	void setStartPeriod(long value);

	/**
	 * Returns the value of the '<em><b>Retries</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retries</em>' attribute.
	 * @see #setRetries(int)
	 * @see flotilla.model.ModelPackage#getHealthcheck_Retries()
	 * @model default="3"
	 * @generated
	 */
	int getRetries();

	/**
	 * Sets the value of the '{@link flotilla.model.Healthcheck#getRetries <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retries</em>' attribute.
	 * @see #getRetries()
	 * @generated
	 */
	void setRetries(int value);

	/**
	 * Returns the value of the '<em><b>Start Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time between checks during the start period; zero means the engine default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Interval</em>' attribute.
	 * @see #setStartInterval(long)
	 * @see flotilla.model.ModelPackage#getHealthcheck_StartInterval()
	 * @model
	 * @generated
	 */
	long getStartInterval();

	/**
	 * Sets the value of the '{@link flotilla.model.Healthcheck#getStartInterval <em>Start Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Interval</em>' attribute.
	 * @see #getStartInterval()
	 * @generated
	 */
	void setStartInterval(long value);

} // Healthcheck
