namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// A registry call that gave no usable answer after every try its deadlines allowed: the message says what
/// happened in words a user can act on ("no complete answer from the registry within 10 s, 7 tries"), and
/// never repeats the token.
/// </summary>
public sealed class RegistryUnavailableException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="tries">How many tries were made.</param>
    /// <param name="inner">The last failure.</param>
    public RegistryUnavailableException(string message, int tries, Exception? inner = null)
        : base(message, inner) => Tries = tries;

    /// <summary>How many tries were made before giving up.</summary>
    public int Tries { get; }
}
