// quick-start:begin
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Serialization;

var assessor = new ProfileAssessor();
foreach (var file in Directory.GetFiles(args.Length > 0 ? args[0] : "docs/examples", "*.json"))
{
    var profile = ClusterProfileJson.Deserialize(File.ReadAllText(file));
    var result = assessor.Assess(profile);

    Console.WriteLine($"{profile.Name}: {(result.Valid ? "valid" : "not valid")}, " +
        $"PRO {(result.Pro.Eligible ? "yes" : "no")} ({result.Pro.OptionalFilled} of {result.Pro.OptionalTotal} optional, " +
        $"{result.Pro.Needed} more needed), completeness {result.Completeness:P0}");
    foreach (var issue in result.Issues)
    {
        Console.WriteLine($"  {issue.Severity} {issue.Code} at {issue.Path}: {issue.Message}");
    }

    if (result.Pro.Suggestions.Count > 0)
    {
        Console.WriteLine($"  fill next: {string.Join(", ", result.Pro.Suggestions)}");
    }
}
// quick-start:end
