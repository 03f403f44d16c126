/**
 */
package flotilla.model.impl;

import flotilla.model.EngineEndpoint;
import flotilla.model.ModelPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Engine Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class EngineEndpointImpl extends ElementImpl implements EngineEndpoint {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EngineEndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ENGINE_ENDPOINT;
	}

} //EngineEndpointImpl
