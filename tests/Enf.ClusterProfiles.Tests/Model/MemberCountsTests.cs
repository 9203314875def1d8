using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Tests.Model;

public class MemberCountsTests
{
    // HasAnyCount names the counts again (so that asking does not build a list): every count must be in both.
    [Fact]
    public void Each_count_alone_is_seen_by_ByType_and_by_HasAnyCount()
    {
        var properties = typeof(MemberCounts).GetProperties().Where(p => p.PropertyType == typeof(int?)).ToList();
        Assert.Equal(new MemberCounts().ByType.Count, properties.Count);
        Assert.False(new MemberCounts().HasAnyCount);
        foreach (var property in properties)
        {
            var counts = new MemberCounts();
            property.SetValue(counts, 0); // 0 is an answer

            Assert.True(counts.HasAnyCount, property.Name);
            Assert.Single(counts.ByType, c => c.Value is not null);
        }
    }
}
