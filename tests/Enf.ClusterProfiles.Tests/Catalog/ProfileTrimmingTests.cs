using System.Reflection;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Catalog;

/// <summary>Revision 1.1: every text value is trimmed before any rule applies (the catalogue says where each sits; the model, read by reflection, says that none is left out), and a profile that needs none is not copied.</summary>
public class ProfileTrimmingTests
{
    // Every text of the profile written with spaces around it: each one, alone, must come back trimmed.
    public static TheoryData<string, bool> TextPaths()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (path, isList) in Paths(typeof(ClusterProfile), string.Empty))
        {
            data.Add(path, isList);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextPaths))]
    public void A_text_with_spaces_around_it_is_trimmed_even_when_nothing_else_is(string path, bool isList)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(ClusterProfileJson.Serialize(ClusterProfileBuilder.Full()))!;
        var (parent, name) = Navigate(json, path);
        parent[name] = isList
            ? new System.Text.Json.Nodes.JsonArray([.. (parent[name]?.AsArray().Select(i => i!.GetValue<string>()) ?? ["x"]).Select(i => (System.Text.Json.Nodes.JsonNode?)$"  {i}\t")])
            : $" {parent[name]?.GetValue<string>() ?? "x"} ";
        var profile = ClusterProfileJson.Deserialize(json.ToJsonString());

        var trimmed = System.Text.Json.Nodes.JsonNode.Parse(ClusterProfileJson.Serialize(ProfileTrimming.Trim(FieldCatalog.Version1, profile)))!;

        var (trimmedParent, _) = Navigate(trimmed, path);
        var values = isList ? trimmedParent[name]!.AsArray().Select(i => i!.GetValue<string>()).ToList() : [trimmedParent[name]!.GetValue<string>()];
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Equal(v.Trim(), v));
    }

    [Fact]
    public void A_profile_that_needs_no_trimming_is_returned_as_it_is()
    {
        var profile = ClusterProfileBuilder.Full();

        Assert.Same(profile, ProfileTrimming.Trim(FieldCatalog.Version1, profile));
    }

    private static IEnumerable<(string Path, bool IsList)> Paths(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != "AdditionalProperties"))
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var isList = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                && (t.GetGenericArguments()[0] == typeof(string) || IsWireValue(t.GetGenericArguments()[0]));
            if (t == typeof(string) || IsWireValue(t) || isList)
            {
                yield return (prefix + name, isList);
            }
            else if (t == typeof(ContactDetails) || t == typeof(ClusterLabel))
            {
                foreach (var inner in Paths(t, prefix + name + "."))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool IsWireValue(Type t) => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IWireValue<>));

    private static (System.Text.Json.Nodes.JsonObject Parent, string Name) Navigate(System.Text.Json.Nodes.JsonNode root, string path)
    {
        var parts = path.Split('.');
        var node = root.AsObject();
        foreach (var part in parts[..^1])
        {
            node = node[part]!.AsObject();
        }

        return (node, parts[^1]);
    }
}
