/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stored Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A secret or config swarm stores. The model names where the content comes from, never the content.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.StoredData#getFile <em>File</em>}</li>
 *   <li>{@link flotilla.model.StoredData#isExternal <em>External</em>}</li>
 *   <li>{@link flotilla.model.StoredData#getSwarmName <em>Swarm Name</em>}</li>
 *   <li>{@link flotilla.model.StoredData#getLabels <em>Labels</em>}</li>
 *   <li>{@link flotilla.model.StoredData#getDriver <em>Driver</em>}</li>
 *   <li>{@link flotilla.model.StoredData#getDriverOptions <em>Driver Options</em>}</li>
 *   <li>{@link flotilla.model.StoredData#getTemplateDriver <em>Template Driver</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getStoredData()
 * @model abstract="true"
 * @generated
 */
public interface StoredData extends NamedElement {
	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see flotilla.model.ModelPackage#getStoredData_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link flotilla.model.StoredData#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>External</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Created outside Flotilla (docker secret create); only referenced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External</em>' attribute.
	 * @see #setExternal(boolean)
	 * @see flotilla.model.ModelPackage#getStoredData_External()
	 * @model
	 * @generated
	 */
	boolean isExternal();

	/**
	 * Sets the value of the '{@link flotilla.model.StoredData#isExternal <em>External</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External</em>' attribute.
	 * @see #isExternal()
	 * @generated
	 */
	void setExternal(boolean value);

	/**
	 * Returns the value of the '<em><b>Swarm Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name given with name: in the compose file, which swarm uses as is (never prefixed with the stack); empty means the name derived from the key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swarm Name</em>' attribute.
	 * @see #setSwarmName(String)
	 * @see flotilla.model.ModelPackage#getStoredData_SwarmName()
	 * @model
	 * @generated
	 */
	String getSwarmName();

	/**
	 * Sets the value of the '{@link flotilla.model.StoredData#getSwarmName <em>Swarm Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swarm Name</em>' attribute.
	 * @see #getSwarmName()
	 * @generated
	 */
	void setSwarmName(String value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getStoredData_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The secret driver (secrets only); empty means swarm stores the data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see flotilla.model.ModelPackage#getStoredData_Driver()
	 * @model
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link flotilla.model.StoredData#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Driver Options</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Options</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getStoredData_DriverOptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getDriverOptions();

	/**
	 * Returns the value of the '<em><b>Template Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The templating driver (golang); empty means the data is used as is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Driver</em>' attribute.
	 * @see #setTemplateDriver(String)
	 * @see flotilla.model.ModelPackage#getStoredData_TemplateDriver()
	 * @model
	 * @generated
	 */
	String getTemplateDriver();

	/**
	 * Sets the value of the '{@link flotilla.model.StoredData#getTemplateDriver <em>Template Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Driver</em>' attribute.
	 * @see #getTemplateDriver()
	 * @generated
	 */
	void setTemplateDriver(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name swarm knows the secret or config by: the name: given, else the name.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String qualifiedName();

} // StoredData
