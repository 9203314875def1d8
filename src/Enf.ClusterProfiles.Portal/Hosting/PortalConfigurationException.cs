namespace Enf.ClusterProfiles.Portal.Hosting;

/// <summary>The portal cannot start as asked; the message says what to give it.</summary>
public sealed class PortalConfigurationException(string message) : Exception(message);
