using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>
/// Every text value of a profile with white space trimmed from both ends, as profile-v1 revision 1.1 asks before
/// any rule applies: <c>"FI "</c> is the country <c>FI</c>, a URL or e-mail address with a trailing space is that
/// address. The catalogue says where each text sits (each field's value trims itself), so a field added to the
/// catalogue is trimmed too. A profile that needs no trimming is returned as it is (no copy).
/// </summary>
internal static class ProfileTrimming
{
    public static ClusterProfile Trim(FieldCatalog catalog, ClusterProfile profile)
    {
        var fields = catalog.Fields;
        for (var i = 0; i < fields.Count; i++) // indexed: a foreach over the interface would allocate its enumerator
        {
            profile = fields[i].Value.Trim(profile);
        }

        return profile;
    }
}
