/**
 */
package flotilla.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Config Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.ConfigReference#getConfig <em>Config</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getConfigReference()
 * @model
 * @generated
 */
public interface ConfigReference extends DataReference {
	/**
	 * Returns the value of the '<em><b>Config</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config</em>' reference.
	 * @see #setConfig(Config)
	 * @see flotilla.model.ModelPackage#getConfigReference_Config()
	 * @model required="true"
	 * @generated
	 */
	Config getConfig();

	/**
	 * Sets the value of the '{@link flotilla.model.ConfigReference#getConfig <em>Config</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config</em>' reference.
	 * @see #getConfig()
	 * @generated
	 */
	void setConfig(Config value);

} // ConfigReference
