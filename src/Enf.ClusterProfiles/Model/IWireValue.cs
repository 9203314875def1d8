namespace Enf.ClusterProfiles.Model;

/// <summary>
/// A value from a closed list that travels as a string on the wire (an "extensible enum"). Unlike a C# enum
/// it keeps a value the version does not know, so a mistyped file binds, round-trips, and is reported by the
/// validators at its path instead of failing to deserialise.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IWireValue<TSelf>
    where TSelf : struct, IWireValue<TSelf>
{
    /// <summary>The value exactly as written on the wire.</summary>
    string Value { get; }

    /// <summary>Whether <see cref="Value"/> is one of the values this version defines.</summary>
    bool IsKnown { get; }

    /// <summary>Wraps a wire string, known or not.</summary>
    /// <param name="value">The wire string.</param>
    static abstract TSelf FromWire(string value);

    /// <summary>Every value this version defines, in catalogue order.</summary>
    static abstract IReadOnlyList<TSelf> All { get; }
}
