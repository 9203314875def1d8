namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// An answer that arrived only in part: the connection closed mid-body, or a success whose JSON does not parse.
/// An <see cref="IOException"/>, so it is transient and the call is tried again.
/// </summary>
internal sealed class IncompleteAnswerException(string message, Exception? inner = null) : IOException(message, inner);
