namespace Enf.ClusterProfiles.Portal.Forms;

/// <summary>How a field is typed in: chosen from the field's kind in the catalogue.</summary>
public enum InputKind
{
    Text,
    TextArea,
    Select,
    Checkboxes,
    Lines,
    Number,
    Date,
    Group,
}
