using Enf.ClusterProfiles.Catalog;

namespace Enf.ClusterProfiles.Portal.Forms;

/// <summary>One field of the form: its catalogue definition and its inputs (one, or several for members and the label).</summary>
public sealed record FormField(FieldDefinition Definition, InputKind Kind, IReadOnlyList<FormInput> Inputs)
{
    public string Path => Definition.Path;

    public string Id => ProfileFormFields.IdOf(Path);

    /// <summary>The element that takes the focus for this field (its first input).</summary>
    public string FocusId => Inputs[0].Id;
}
