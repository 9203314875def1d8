using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>
/// Where a field's value sits in the model and when it counts as given. Data about the model, kept in the
/// catalogue so that the rules, the scores and the readers agree on what "filled" means.
/// </summary>
internal abstract class FieldValue
{
    /// <summary>Whether the field holds something: a non-blank text, a list with a non-blank item, a number, an object with a part.</summary>
    public abstract bool HasContent(ClusterProfile profile);

    /// <summary>A string that holds a character other than white space.</summary>
    public static bool IsFilled(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>
    /// The profile with this field's text trimmed at both ends (profile-v1 revision 1.1); the profile itself when
    /// there is nothing to trim, so that a clean profile is never copied.
    /// </summary>
    public virtual ClusterProfile Trim(ClusterProfile profile) => profile;

    /// <summary>Whether a text has white space at either end.</summary>
    protected static bool NeedsTrimming(string? text) => text is { Length: > 0 } && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
}

/// <summary>A text, or a value that travels as text (a choice, a code, an address).</summary>
internal sealed class TextValue(Func<ClusterProfile, string?> get, Func<ClusterProfile, string, ClusterProfile> set) : FieldValue
{
    public string? Get(ClusterProfile profile) => get(profile);

    public override ClusterProfile Trim(ClusterProfile profile) => get(profile) is { } text && NeedsTrimming(text) ? set(profile, text.Trim()) : profile;

    public override bool HasContent(ClusterProfile profile) => IsFilled(get(profile));
}

/// <summary>A number, year or date.</summary>
internal sealed class NullableValue<T>(Func<ClusterProfile, T?> get) : FieldValue
    where T : struct
{
    public T? Get(ClusterProfile profile) => get(profile);

    public override bool HasContent(ClusterProfile profile) => get(profile) is not null;
}

/// <summary>A list whose items are checked as text (a choice list by its wire values).</summary>
internal abstract class ListValue : FieldValue
{
    /// <summary>The items as text, or <see langword="null"/> when the list is absent.</summary>
    public abstract IReadOnlyList<string?>? Items(ClusterProfile profile);
}

/// <inheritdoc />
internal sealed class ListValue<TItem>(
    Func<ClusterProfile, IReadOnlyList<TItem>?> get,
    Func<TItem, string?> textOf,
    Func<ClusterProfile, IReadOnlyList<TItem>, ClusterProfile> set,
    Func<TItem, string, TItem> withText) : ListValue
{
    public override ClusterProfile Trim(ClusterProfile profile)
    {
        var items = get(profile);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            if (NeedsTrimming(textOf(items[i])))
            {
                return set(profile, [.. items.Select(item => textOf(item) is { } text && NeedsTrimming(text) ? withText(item, text.Trim()) : item)]);
            }
        }

        return profile; // the usual case: nothing to trim, nothing allocated
    }

    public override IReadOnlyList<string?>? Items(ClusterProfile profile) =>
        get(profile) switch
        {
            null => null,
            IReadOnlyList<string?> texts => texts, // a list of strings needs no copy
            var items => new Texts(items, textOf), // nor a list of choices: its texts are read as asked
        };

    // The items of a list read as text, without copying them.
    private sealed class Texts(IReadOnlyList<TItem> items, Func<TItem, string?> textOf) : IReadOnlyList<string?>
    {
        public int Count => items.Count;

        public string? this[int index] => textOf(items[index]);

        public IEnumerator<string?> GetEnumerator() => items.Select(textOf).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public override bool HasContent(ClusterProfile profile)
    {
        var items = get(profile);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            if (IsFilled(textOf(items[i])))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>An object field (member counts, the cluster label) that counts as given when one of its parts is.</summary>
internal sealed class ObjectValue<T>(Func<ClusterProfile, T?> get, Func<T, bool> hasPart, Func<ClusterProfile, ClusterProfile>? trim = null) : FieldValue
    where T : class
{
    public T? Get(ClusterProfile profile) => get(profile);

    public override ClusterProfile Trim(ClusterProfile profile) => trim is null || get(profile) is null ? profile : trim(profile);

    /// <summary>A text part of the object trimmed, when it needs it; <see langword="null"/> when it does not.</summary>
    public static string? TrimmedPart(string? text) => NeedsTrimming(text) ? text!.Trim() : null;

    public override bool HasContent(ClusterProfile profile) => get(profile) is { } value && hasPart(value);
}
