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
 *   <li>{@link flotilla.model.Service#getHostname <em>Hostname</em>}</li>
 *   <li>{@link flotilla.model.Service#getUser <em>User</em>}</li>
 *   <li>{@link flotilla.model.Service#getWorkingDir <em>Working Dir</em>}</li>
 *   <li>{@link flotilla.model.Service#getStopSignal <em>Stop Signal</em>}</li>
 *   <li>{@link flotilla.model.Service#getStopGracePeriod <em>Stop Grace Period</em>}</li>
 *   <li>{@link flotilla.model.Service#isTty <em>Tty</em>}</li>
 *   <li>{@link flotilla.model.Service#isOpenStdin <em>Open Stdin</em>}</li>
 *   <li>{@link flotilla.model.Service#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link flotilla.model.Service#isInit <em>Init</em>}</li>
 *   <li>{@link flotilla.model.Service#getIsolation <em>Isolation</em>}</li>
 *   <li>{@link flotilla.model.Service#getOomScoreAdj <em>Oom Score Adj</em>}</li>
 *   <li>{@link flotilla.model.Service#getCapabilityAdd <em>Capability Add</em>}</li>
 *   <li>{@link flotilla.model.Service#getCapabilityDrop <em>Capability Drop</em>}</li>
 *   <li>{@link flotilla.model.Service#getSysctls <em>Sysctls</em>}</li>
 *   <li>{@link flotilla.model.Service#getUlimits <em>Ulimits</em>}</li>
 *   <li>{@link flotilla.model.Service#getDnsNameservers <em>Dns Nameservers</em>}</li>
 *   <li>{@link flotilla.model.Service#getDnsSearch <em>Dns Search</em>}</li>
 *   <li>{@link flotilla.model.Service#getExtraHosts <em>Extra Hosts</em>}</li>
 *   <li>{@link flotilla.model.Service#getContainerLabels <em>Container Labels</em>}</li>
 *   <li>{@link flotilla.model.Service#getLogDriver <em>Log Driver</em>}</li>
 *   <li>{@link flotilla.model.Service#getCredentialSpec <em>Credential Spec</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getService()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='replicasOnlyWhenReplicated hostPortsCannotCollide reservationsFitSomeNode constraintsMatchSomeNode reachable referencesResolve swarmScopedNetworks'"
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
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The container hostname; may hold swarm templates such as {{.Node.Hostname}}.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see flotilla.model.ModelPackage#getService_Hostname()
	 * @model
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see flotilla.model.ModelPackage#getService_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Working Dir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Working Dir</em>' attribute.
	 * @see #setWorkingDir(String)
	 * @see flotilla.model.ModelPackage#getService_WorkingDir()
	 * @model
	 * @generated
	 */
	String getWorkingDir();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getWorkingDir <em>Working Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Working Dir</em>' attribute.
	 * @see #getWorkingDir()
	 * @generated
	 */
	void setWorkingDir(String value);

	/**
	 * Returns the value of the '<em><b>Stop Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty means the image's stop signal, else SIGTERM.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stop Signal</em>' attribute.
	 * @see #setStopSignal(String)
	 * @see flotilla.model.ModelPackage#getService_StopSignal()
	 * @model
	 * @generated
	 */
	String getStopSignal();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getStopSignal <em>Stop Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop Signal</em>' attribute.
	 * @see #getStopSignal()
	 * @generated
	 */
	void setStopSignal(String value);

	/**
	 * Returns the value of the '<em><b>Stop Grace Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nanoseconds between the stop signal and SIGKILL; unset means swarm's 10s.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stop Grace Period</em>' attribute.
	 * @see #isSetStopGracePeriod()
	 * @see #unsetStopGracePeriod()
	 * @see #setStopGracePeriod(long)
	 * @see flotilla.model.ModelPackage#getService_StopGracePeriod()
	 * @model unsettable="true"
	 * @generated
	 */
	long getStopGracePeriod();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getStopGracePeriod <em>Stop Grace Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop Grace Period</em>' attribute.
	 * @see #isSetStopGracePeriod()
	 * @see #unsetStopGracePeriod()
	 * @see #getStopGracePeriod()
	 * @generated
	 */
	void setStopGracePeriod(long value);

	/**
	 * Unsets the value of the '{@link flotilla.model.Service#getStopGracePeriod <em>Stop Grace Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStopGracePeriod()
	 * @see #getStopGracePeriod()
	 * @see #setStopGracePeriod(long)
	 * @generated
	 */
	void unsetStopGracePeriod();

	/**
	 * Returns whether the value of the '{@link flotilla.model.Service#getStopGracePeriod <em>Stop Grace Period</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Stop Grace Period</em>' attribute is set.
	 * @see #unsetStopGracePeriod()
	 * @see #getStopGracePeriod()
	 * @see #setStopGracePeriod(long)
	 * @generated
	 */
	boolean isSetStopGracePeriod();

	/**
	 * Returns the value of the '<em><b>Tty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tty</em>' attribute.
	 * @see #setTty(boolean)
	 * @see flotilla.model.ModelPackage#getService_Tty()
	 * @model
	 * @generated
	 */
	boolean isTty();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#isTty <em>Tty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tty</em>' attribute.
	 * @see #isTty()
	 * @generated
	 */
	void setTty(boolean value);

	/**
	 * Returns the value of the '<em><b>Open Stdin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Open Stdin</em>' attribute.
	 * @see #setOpenStdin(boolean)
	 * @see flotilla.model.ModelPackage#getService_OpenStdin()
	 * @model
	 * @generated
	 */
	boolean isOpenStdin();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#isOpenStdin <em>Open Stdin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Open Stdin</em>' attribute.
	 * @see #isOpenStdin()
	 * @generated
	 */
	void setOpenStdin(boolean value);

	/**
	 * Returns the value of the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mount the container's root filesystem read only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Read Only</em>' attribute.
	 * @see #setReadOnly(boolean)
	 * @see flotilla.model.ModelPackage#getService_ReadOnly()
	 * @model
	 * @generated
	 */
	boolean isReadOnly();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#isReadOnly <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Only</em>' attribute.
	 * @see #isReadOnly()
	 * @generated
	 */
	void setReadOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Run an init process in the container; unset means the daemon's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Init</em>' attribute.
	 * @see #isSetInit()
	 * @see #unsetInit()
	 * @see #setInit(boolean)
	 * @see flotilla.model.ModelPackage#getService_Init()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isInit();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#isInit <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Init</em>' attribute.
	 * @see #isSetInit()
	 * @see #unsetInit()
	 * @see #isInit()
	 * @generated
	 */
	void setInit(boolean value);

	/**
	 * Unsets the value of the '{@link flotilla.model.Service#isInit <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInit()
	 * @see #isInit()
	 * @see #setInit(boolean)
	 * @generated
	 */
	void unsetInit();

	/**
	 * Returns whether the value of the '{@link flotilla.model.Service#isInit <em>Init</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Init</em>' attribute is set.
	 * @see #unsetInit()
	 * @see #isInit()
	 * @see #setInit(boolean)
	 * @generated
	 */
	boolean isSetInit();

	/**
	 * Returns the value of the '<em><b>Isolation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Container isolation (default, process, hyperv); Windows only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Isolation</em>' attribute.
	 * @see #setIsolation(String)
	 * @see flotilla.model.ModelPackage#getService_Isolation()
	 * @model
	 * @generated
	 */
	String getIsolation();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getIsolation <em>Isolation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Isolation</em>' attribute.
	 * @see #getIsolation()
	 * @generated
	 */
	void setIsolation(String value);

	/**
	 * Returns the value of the '<em><b>Oom Score Adj</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Oom Score Adj</em>' attribute.
	 * @see #setOomScoreAdj(int)
	 * @see flotilla.model.ModelPackage#getService_OomScoreAdj()
	 * @model
	 * @generated
	 */
	int getOomScoreAdj();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getOomScoreAdj <em>Oom Score Adj</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Oom Score Adj</em>' attribute.
	 * @see #getOomScoreAdj()
	 * @generated
	 */
	void setOomScoreAdj(int value);

	/**
	 * Returns the value of the '<em><b>Capability Add</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capability Add</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getService_CapabilityAdd()
	 * @model
	 * @generated
	 */
	EList<String> getCapabilityAdd();

	/**
	 * Returns the value of the '<em><b>Capability Drop</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capability Drop</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getService_CapabilityDrop()
	 * @model
	 * @generated
	 */
	EList<String> getCapabilityDrop();

	/**
	 * Returns the value of the '<em><b>Sysctls</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Namespaced kernel parameters, key = sysctl name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sysctls</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_Sysctls()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getSysctls();

	/**
	 * Returns the value of the '<em><b>Ulimits</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Ulimit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ulimits</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_Ulimits()
	 * @model containment="true"
	 * @generated
	 */
	EList<Ulimit> getUlimits();

	/**
	 * Returns the value of the '<em><b>Dns Nameservers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dns Nameservers</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getService_DnsNameservers()
	 * @model
	 * @generated
	 */
	EList<String> getDnsNameservers();

	/**
	 * Returns the value of the '<em><b>Dns Search</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dns Search</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getService_DnsSearch()
	 * @model
	 * @generated
	 */
	EList<String> getDnsSearch();

	/**
	 * Returns the value of the '<em><b>Extra Hosts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra /etc/hosts entries in compose form HOST:IP.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Hosts</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getService_ExtraHosts()
	 * @model
	 * @generated
	 */
	EList<String> getExtraHosts();

	/**
	 * Returns the value of the '<em><b>Container Labels</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Label}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Labels of the tasks' containers (the service's labels key in compose); the service's own labels are in labels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Container Labels</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getService_ContainerLabels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Label> getContainerLabels();

	/**
	 * Returns the value of the '<em><b>Log Driver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Log Driver</em>' containment reference.
	 * @see #setLogDriver(LogDriver)
	 * @see flotilla.model.ModelPackage#getService_LogDriver()
	 * @model containment="true"
	 * @generated
	 */
	LogDriver getLogDriver();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getLogDriver <em>Log Driver</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Log Driver</em>' containment reference.
	 * @see #getLogDriver()
	 * @generated
	 */
	void setLogDriver(LogDriver value);

	/**
	 * Returns the value of the '<em><b>Credential Spec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credential Spec</em>' containment reference.
	 * @see #setCredentialSpec(CredentialSpec)
	 * @see flotilla.model.ModelPackage#getService_CredentialSpec()
	 * @model containment="true"
	 * @generated
	 */
	CredentialSpec getCredentialSpec();

	/**
	 * Sets the value of the '{@link flotilla.model.Service#getCredentialSpec <em>Credential Spec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credential Spec</em>' containment reference.
	 * @see #getCredentialSpec()
	 * @generated
	 */
	void setCredentialSpec(CredentialSpec value);

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
