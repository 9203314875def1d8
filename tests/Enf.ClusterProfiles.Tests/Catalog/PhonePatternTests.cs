using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Catalog;

namespace Enf.ClusterProfiles.Tests.Catalog;

public class PhonePatternTests
{
    // The pattern is a constant (so that it is compiled with the library): its repeat must still say the digits.
    [Fact]
    public void The_phone_pattern_allows_exactly_the_catalogue_s_digits()
    {
        var phone = FieldCatalog.Version1["contact.phone"].Constraints;
        var pattern = new Regex(phone.Pattern!);
        string Number(int digits) => "+" + string.Join(' ', Enumerable.Range(0, digits).Select(i => (char)('0' + (i % 10))));

        Assert.Equal(FieldCatalogV1.PhonePattern, phone.Pattern);
        Assert.Equal((FieldCatalogV1.PhoneMinDigits, FieldCatalogV1.PhoneMaxDigits), (phone.MinDigits, phone.MaxDigits));
        Assert.DoesNotMatch(pattern, Number(phone.MinDigits!.Value - 1));
        Assert.Matches(pattern, Number(phone.MinDigits.Value));
        Assert.Matches(pattern, Number(phone.MaxDigits!.Value));
        Assert.DoesNotMatch(pattern, Number(phone.MaxDigits.Value + 1));
        Assert.Matches(pattern, "+358-40 123 4567 ");
        Assert.DoesNotMatch(pattern, "040 123 4567");
    }
}
