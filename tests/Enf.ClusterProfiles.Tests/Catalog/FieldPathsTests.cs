using System.Text.Json.Nodes;
using Enf.ClusterProfiles.Catalog;

namespace Enf.ClusterProfiles.Tests.Catalog;

/// <summary>The one path helper: taking a path apart, and reading, setting and removing a value by its field path.</summary>
public class FieldPathsTests
{
    [Theory]
    [InlineData("contact.email", "contact")]
    [InlineData("technologyFields[2]", "technologyFields")]
    [InlineData("name", "")]
    public void The_parent_of_a_path_is_what_holds_it(string path, string parent) => Assert.Equal(parent, FieldPaths.Parent(path));

    [Fact]
    public void A_value_is_read_at_its_path_and_absent_parts_read_as_nothing()
    {
        var profile = JsonNode.Parse("""{ "name": "Arctic", "contact": { "email": "a@b.fi" } }""");

        Assert.Equal("Arctic", FieldPaths.ValueAt(profile, "name")!.GetValue<string>());
        Assert.Equal("a@b.fi", FieldPaths.ValueAt(profile, "contact.email")!.GetValue<string>());
        Assert.Null(FieldPaths.ValueAt(profile, "contact.phone"));
        Assert.Null(FieldPaths.ValueAt(profile, "members.smes"));
        Assert.Null(FieldPaths.ValueAt(profile, "name.first")); // a text holds no parts
    }

    [Fact]
    public void Setting_a_value_makes_the_objects_on_the_way()
    {
        var profile = new JsonObject();

        FieldPaths.SetValueAt(profile, "contact.email", "a@b.fi");
        FieldPaths.SetValueAt(profile, "contact.phone", "+358 40 123 4567");
        FieldPaths.SetValueAt(profile, "name", "Arctic");

        Assert.Equal("""{"contact":{"email":"a@b.fi","phone":"\u002B358 40 123 4567"},"name":"Arctic"}""", profile.ToJsonString());
    }

    [Fact]
    public void Removing_the_last_part_of_an_object_removes_the_object()
    {
        var profile = JsonNode.Parse("""{ "name": "Arctic", "contact": { "email": "a@b.fi", "phone": "+358 40" } }""")!.AsObject();

        FieldPaths.RemoveValueAt(profile, "contact.phone");
        Assert.NotNull(profile["contact"]);
        FieldPaths.RemoveValueAt(profile, "contact.email");
        FieldPaths.RemoveValueAt(profile, "members.smes"); // absent: nothing happens
        FieldPaths.RemoveValueAt(profile, "name");

        Assert.Equal("{}", profile.ToJsonString());
    }
}
