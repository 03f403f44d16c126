package flotilla.codegen;

import java.io.File;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the model and edit code from {@code model/flotilla.genmodel}, outside Eclipse.
 * <p>
 * The genmodel's {@code /flotilla.model} and {@code /flotilla.model.edit} workspace paths are mapped onto
 * {@code bundles/}. The genmodel is first reconciled with the .ecore files and written back, so a feature added
 * to an .ecore gets its genmodel entry. EMF's JMerger (on JDT's DOM) keeps everything marked {@code @generated NOT}.
 * EMF only formats code inside a running Eclipse, so the committed code is the templates' own layout.
 */
public final class Regenerate
{
  private static final String[] BUNDLES = { "flotilla.model", "flotilla.model.edit" };

  private Regenerate()
  {
  }

  public static void main(String[] args) throws IOException
  {
    if (args.length != 1)
    {
      System.err.println("usage: Regenerate REPOSITORY_ROOT");
      System.exit(2);
    }
    File root = new File(args[0]).getCanonicalFile();
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    for (String bundle : BUNDLES)
    {
      resourceSet.getURIConverter().getURIMap().put(
        URI.createPlatformResourceURI("/" + bundle + "/", false),
        URI.createFileURI(new File(root, "bundles/" + bundle).getPath() + "/"));
    }

    Resource genModelResource = resourceSet.getResource(URI.createFileURI(new File(root, "model/flotilla.genmodel").getPath()), true);
    GenModel genModel = (GenModel)genModelResource.getContents().get(0);
    genModel.reconcile();
    genModelResource.save(Map.of(XMLResource.OPTION_LINE_WIDTH, 80, XMLResource.OPTION_ENCODING, "UTF-8"));
    failOnError("genmodel", genModel.diagnose());
    genModel.setCanGenerate(true);

    Generator generator = new Generator();
    generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    generator.setInput(genModel);
    // EMF's printing monitor lists every file it considers; errors come back in the diagnostics instead.
    BasicMonitor monitor = new BasicMonitor();
    failOnError("model code", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor));
    failOnError("edit code", generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor));
    System.out.println("Regenerated bundles/flotilla.model and bundles/flotilla.model.edit from " + genModelResource.getURI().toFileString());
  }

  private static void failOnError(String what, Diagnostic diagnostic)
  {
    if (diagnostic.getSeverity() >= Diagnostic.ERROR)
    {
      System.err.println("Generating the " + what + " failed: " + diagnostic);
      System.exit(1);
    }
  }
}
