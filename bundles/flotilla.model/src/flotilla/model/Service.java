/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Service#getImage <em>Image</em>}</li>
 *   <li>{@link flotilla.model.Service#getCommand <em>Command</em>}</li>
 *   <li>{@link flotilla.model.Service#getArgs <em>Args</em>}</li>
 *   <li>{@link flotilla.model.Service#getEnv <em>Env</em>}</li>
 *   <li>{@link flotilla.model.Service#getLabels <em>Labels</em>}</li>
 *   <li>{@link flotilla.model.Service#getMode <em>Mode</em>}</li>
 *   <li>{@link flotilla.model.Service#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link flotilla.model.Service#getPorts <em>Ports</em>}</li>
 *   <li>{@link flotilla.model.Service#getNetworks <em>Networks</em>}</li>
 *   <li>{@link flotilla.model.Service#getEndpointMode <em>Endpoint Mode</em>}</li>
 *   <li>{@link flotilla.model.Service#getConstraints <em>Constraints</em>}</li>
 *   <li>{@link flotilla.model.Service#getPreferences <em>Preferences</em>}</li>
 *   <li>{@link flotilla.model.Service#getMaxReplicasPerNode <em>Max Replicas Per Node</em>}</li>
 *   <li>{@link flotilla.model.Service#getReservations <em>Reservations</em>}</li>
 *   <li>{@link flotilla.model.Service#getLimits <em>Limits</em>}</li>
 *   <li>{@link flotilla.model.Service#getRestartPolicy <em>Restart Policy</em>}</li>
 *   <li>{@link flotilla.model.Service#getUpdateConfig <em>Update Config</em>}</li>
 *   <li>{@link flotilla.model.Service#getRollbackConfig <em>Rollback Config</em>}</li>
 *   <li>{@link flotilla.model.Service#getHealthcheck <em>Healthcheck</em>}</li>
 *   <li>{@link flotilla.model.Service#getMounts <em>Mounts</em>}</li>
 *   <li>{@link flotilla.model.Service#getSecrets <em>Secrets</em>}</li>
 *   <li>{@link flotilla.model.Service#getConfigs <em>Configs</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getService()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='replicasOnlyWhenReplicated hostPortsCannotCollide reservationsFitSomeNode constraintsMatchSomeNode reachable referencesResolve'"
 * @generated
 */
public interface Service extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see flotilla.model.ModelPackage#getService_Image()
	 * @model
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Command</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getService_Command()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCommand();

	/**
	 * Returns the value of the '<em><b>Args</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Args</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getService_Args()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getArgs();

	/**
	 * Returns the value of the '<em><b>Env</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Environment entries in KEY=VALUE form, as docker service create --env takes them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Env</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getService_Env()
	 * @model
	 * @generated
	 */
	EList<String> getEnv();

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getLabels();

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.ServiceMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see flotilla.model.ServiceMode
	 * @see #setMode(ServiceMode)
	 * @see flotilla.model.ModelPackage#getService_Mode()
	 * @model
	 * @generated
	 */
	ServiceMode getMode();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see flotilla.model.ServiceMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ServiceMode value);

	/**
	 * Returns the value of the '<em><b>Replicas</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unset means swarm's default of 1; only meaningful for replicated modes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replicas</em>' attribute.
	 * @see #isSetReplicas()
	 * @see #unsetReplicas()
	 * @see #setReplicas(int)
	 * @see flotilla.model.ModelPackage#getService_Replicas()
	 * @model default="1" unsettable="true"
	 * @generated
	 */
	int getReplicas();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replicas</em>' attribute.
	 * @see #isSetReplicas()
	 * @see #unsetReplicas()
	 * @see #getReplicas()
	 * @generated
	 */
	void setReplicas(int value);

	/**
	 * Unsets the value of the '{@link flotilla.model.Service#getReplicas <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReplicas()
	 * @see #getReplicas()
	 * @see #setReplicas(int)
	 * @generated
	 */
	void unsetReplicas();

	/**
	 * Returns whether the value of the '{@link flotilla.model.Service#getReplicas <em>Replicas</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Replicas</em>' attribute is set.
	 * @see #unsetReplicas()
	 * @see #getReplicas()
	 * @see #setReplicas(int)
	 * @generated
	 */
	boolean isSetReplicas();

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.PublishedPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_Ports()
	 * @model containment="true"
	 * @generated
	 */
	EList<PublishedPort> getPorts();

	/**
	 * Returns the value of the '<em><b>Networks</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.NetworkAttachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Networks</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_Networks()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkAttachment> getNetworks();

	/**
	 * Returns the value of the '<em><b>Endpoint Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link flotilla.model.EndpointMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoint Mode</em>' attribute.
	 * @see flotilla.model.EndpointMode
	 * @see #setEndpointMode(EndpointMode)
	 * @see flotilla.model.ModelPackage#getService_EndpointMode()
	 * @model
	 * @generated
	 */
	EndpointMode getEndpointMode();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getEndpointMode <em>Endpoint Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint Mode</em>' attribute.
	 * @see flotilla.model.EndpointMode
	 * @see #getEndpointMode()
	 * @generated
	 */
	void setEndpointMode(EndpointMode value);

	/**
	 * Returns the value of the '<em><b>Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Constraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constraints</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_Constraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Constraint> getConstraints();

	/**
	 * Returns the value of the '<em><b>Preferences</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.PlacementPreference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferences</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_Preferences()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlacementPreference> getPreferences();

	/**
	 * Returns the value of the '<em><b>Max Replicas Per Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zero means no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Replicas Per Node</em>' attribute.
	 * @see #setMaxReplicasPerNode(int)
	 * @see flotilla.model.ModelPackage#getService_MaxReplicasPerNode()
	 * @model
	 * @generated
	 */
	int getMaxReplicasPerNode();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getMaxReplicasPerNode <em>Max Replicas Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Replicas Per Node</em>' attribute.
	 * @see #getMaxReplicasPerNode()
	 * @generated
	 */
	void setMaxReplicasPerNode(int value);

	/**
	 * Returns the value of the '<em><b>Reservations</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reservations</em>' containment reference.
	 * @see #setReservations(Resources)
	 * @see flotilla.model.ModelPackage#getService_Reservations()
	 * @model containment="true"
	 * @generated
	 */
	Resources getReservations();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getReservations <em>Reservations</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reservations</em>' containment reference.
	 * @see #getReservations()
	 * @generated
	 */
	void setReservations(Resources value);

	/**
	 * Returns the value of the '<em><b>Limits</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limits</em>' containment reference.
	 * @see #setLimits(Resources)
	 * @see flotilla.model.ModelPackage#getService_Limits()
	 * @model containment="true"
	 * @generated
	 */
	Resources getLimits();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getLimits <em>Limits</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limits</em>' containment reference.
	 * @see #getLimits()
	 * @generated
	 */
	void setLimits(Resources value);

	/**
	 * Returns the value of the '<em><b>Restart Policy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restart Policy</em>' containment reference.
	 * @see #setRestartPolicy(RestartPolicy)
	 * @see flotilla.model.ModelPackage#getService_RestartPolicy()
	 * @model containment="true"
	 * @generated
	 */
	RestartPolicy getRestartPolicy();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getRestartPolicy <em>Restart Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restart Policy</em>' containment reference.
	 * @see #getRestartPolicy()
	 * @generated
	 */
	void setRestartPolicy(RestartPolicy value);

	/**
	 * Returns the value of the '<em><b>Update Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Update Config</em>' containment reference.
	 * @see #setUpdateConfig(UpdateConfig)
	 * @see flotilla.model.ModelPackage#getService_UpdateConfig()
	 * @model containment="true"
	 * @generated
	 */
	UpdateConfig getUpdateConfig();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getUpdateConfig <em>Update Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Config</em>' containment reference.
	 * @see #getUpdateConfig()
	 * @generated
	 */
	void setUpdateConfig(UpdateConfig value);

	/**
	 * Returns the value of the '<em><b>Rollback Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rollback Config</em>' containment reference.
	 * @see #setRollbackConfig(UpdateConfig)
	 * @see flotilla.model.ModelPackage#getService_RollbackConfig()
	 * @model containment="true"
	 * @generated
	 */
	UpdateConfig getRollbackConfig();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getRollbackConfig <em>Rollback Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rollback Config</em>' containment reference.
	 * @see #getRollbackConfig()
	 * @generated
	 */
	void setRollbackConfig(UpdateConfig value);

	/**
	 * Returns the value of the '<em><b>Healthcheck</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Healthcheck</em>' containment reference.
	 * @see #setHealthcheck(Healthcheck)
	 * @see flotilla.model.ModelPackage#getService_Healthcheck()
	 * @model containment="true"
	 * @generated
	 */
	Healthcheck getHealthcheck();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getHealthcheck <em>Healthcheck</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Healthcheck</em>' containment reference.
	 * @see #getHealthcheck()
	 * @generated
	 */
	void setHealthcheck(Healthcheck value);

	/**
	 * Returns the value of the '<em><b>Mounts</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Mount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mounts</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_Mounts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mount> getMounts();

	/**
	 * Returns the value of the '<em><b>Secrets</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.SecretReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secrets</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_Secrets()
	 * @model containment="true"
	 * @generated
	 */
	EList<SecretReference> getSecrets();

	/**
	 * Returns the value of the '<em><b>Configs</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.ConfigReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Configs</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_Configs()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConfigReference> getConfigs();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name swarm gives the service: STACK_NAME inside a stack, else the name.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String qualifiedName();

} // Service
