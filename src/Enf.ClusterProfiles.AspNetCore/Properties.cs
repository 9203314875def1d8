using System.Resources;

// English resources are the neutral ones; Finnish and Swedish come as satellite assemblies.
[assembly: NeutralResourcesLanguage("en")]
