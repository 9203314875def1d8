using Enf.ClusterProfiles.Catalog;

namespace Enf.ClusterProfiles.Tests.Catalog;

public class ProfileIdsTests
{
    [Theory]
    [InlineData("arctic-water")]
    [InlineData("abc")]
    [InlineData("kuopio-2030-health")]
    public void A_slug_of_the_id_rule_is_valid(string id) => Assert.True(ProfileIds.IsValid(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")] // shorter than the catalogue's minimum
    [InlineData("Arctic-Water")]
    [InlineData("arctic--water")]
    [InlineData("-arctic")]
    [InlineData("arctic water")]
    [InlineData("../etc")]
    public void Anything_else_is_not(string? id) => Assert.False(ProfileIds.IsValid(id));

    [Fact]
    public void The_length_limit_is_the_catalogue_s()
    {
        var max = FieldCatalog.Version1[FieldPaths.Id].Constraints.MaxLength!.Value;
        Assert.True(ProfileIds.IsValid(new string('a', max)));
        Assert.False(ProfileIds.IsValid(new string('a', max + 1)));
    }
}
