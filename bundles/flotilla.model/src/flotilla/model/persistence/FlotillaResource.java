package flotilla.model.persistence;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;

import flotilla.model.Element;
import flotilla.model.ModelPackage;

/**
 * XMI whose {@code xmi:id} is each element's {@link Element#getId() id}: references are written as ids, so they
 * survive renames and moves, and a diff of two saves shows only what changed. The id is written once, as the
 * {@code xmi:id}, not a second time as an attribute.
 */
public class FlotillaResource extends XMIResourceImpl {
    public FlotillaResource(URI uri) {
        super(uri);
        defaultLoadOptions = new HashMap<>();
        defaultLoadOptions.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        defaultSaveOptions = new HashMap<>();
        defaultSaveOptions.put(XMLResource.OPTION_ENCODING, "UTF-8");
        defaultSaveOptions.put(XMLResource.OPTION_LINE_WIDTH, 100);
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    public String getID(EObject eObject) {
        return eObject instanceof Element element ? element.getId() : super.getID(eObject);
    }

    @Override
    public void setID(EObject eObject, String id) {
        if (eObject instanceof Element element && id != null) {
            element.setId(id);
        }
        super.setID(eObject, id);
    }

    @Override
    protected XMLSave createXMLSave(Map<?, ?> options) {
        return new IdAsXmiIdSave(createXMLHelper());
    }

    private static final class IdAsXmiIdSave extends XMISaveImpl {
        IdAsXmiIdSave(XMLHelper helper) {
            super(helper);
        }

        @Override
        protected void init(XMLResource resource, Map<?, ?> options) {
            super.init(resource, options);
            featureTable = new IdOmittingLookup(map, extendedMetaData, elementHandler);
        }

        /** Leaves the id attribute out of the attributes written: it is already the xmi:id. */
        private static final class IdOmittingLookup extends Lookup {
            IdOmittingLookup(XMLResource.XMLMap map, org.eclipse.emf.ecore.util.ExtendedMetaData extendedMetaData,
                    XMLResource.ElementHandler elementHandler) {
                super(map, extendedMetaData, elementHandler);
            }

            @Override
            protected int featureKind(EStructuralFeature feature) {
                return feature == ModelPackage.Literals.ELEMENT__ID ? TRANSIENT : super.featureKind(feature);
            }
        }
    }
}
