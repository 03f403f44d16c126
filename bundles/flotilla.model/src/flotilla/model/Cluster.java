/**
 */
package flotilla.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link flotilla.model.Cluster#getAddressPools <em>Address Pools</em>}</li>
 *   <li>{@link flotilla.model.Cluster#getSubnetSize <em>Subnet Size</em>}</li>
 *   <li>{@link flotilla.model.Cluster#getNodes <em>Nodes</em>}</li>
 *   <li>{@link flotilla.model.Cluster#getNetworks <em>Networks</em>}</li>
 *   <li>{@link flotilla.model.Cluster#getServices <em>Services</em>}</li>
 *   <li>{@link flotilla.model.Cluster#getStacks <em>Stacks</em>}</li>
 *   <li>{@link flotilla.model.Cluster#getSecrets <em>Secrets</em>}</li>
 *   <li>{@link flotilla.model.Cluster#getConfigs <em>Configs</em>}</li>
 *   <li>{@link flotilla.model.Cluster#getVolumes <em>Volumes</em>}</li>
 * </ul>
 *
 * @see flotilla.model.ModelPackage#getCluster()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueNames uniquePublishedPorts disjointOverlaySubnets'"
 * @generated
 */
public interface Cluster extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Address Pools</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CIDR pools overlay subnets are taken from (swarm init --default-addr-pool); empty means 10.0.0.0/8.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address Pools</em>' attribute list.
	 * @see flotilla.model.ModelPackage#getCluster_AddressPools()
	 * @model
	 * @generated
	 */
	EList<String> getAddressPools();

	/**
	 * Returns the value of the '<em><b>Subnet Size</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subnet Size</em>' attribute.
	 * @see #setSubnetSize(int)
	 * @see flotilla.model.ModelPackage#getCluster_SubnetSize()
	 * @model default="24"
	 * @generated
	 */
	int getSubnetSize();

	/**
	 * Sets the value of the '{@link flotilla.model.Cluster#getSubnetSize <em>Subnet Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subnet Size</em>' attribute.
	 * @see #getSubnetSize()
	 * @generated
	 */
	void setSubnetSize(int value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getCluster_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Networks</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Network}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Networks</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getCluster_Networks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Network> getNetworks();

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getCluster_Services()
	 * @model containment="true"
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Stacks</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Stack}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stacks</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getCluster_Stacks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stack> getStacks();

	/**
	 * Returns the value of the '<em><b>Secrets</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Secret}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secrets</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getCluster_Secrets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Secret> getSecrets();

	/**
	 * Returns the value of the '<em><b>Configs</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Config}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Configs</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getCluster_Configs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Config> getConfigs();

	/**
	 * Returns the value of the '<em><b>Volumes</b></em>' containment reference list.
	 * The list contents are of type {@link flotilla.model.Volume}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named volumes the top-level services mount.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volumes</em>' containment reference list.
	 * @see flotilla.model.ModelPackage#getCluster_Volumes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Volume> getVolumes();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The services of the cluster and of all its stacks.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Service> allServices();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The networks of the cluster (the implicit ones included) and of all its stacks.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Network> allNetworks();

} // Cluster
