namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>The registry answered in a way the portal cannot act on; the message says what it answered (never a token).</summary>
public sealed class PortalRegistryException(string message) : Exception(message);
