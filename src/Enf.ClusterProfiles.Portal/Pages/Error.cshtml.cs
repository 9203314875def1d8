using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enf.ClusterProfiles.Portal.Pages;

/// <summary>The page for an unexpected failure: no stack trace, a sentence for people.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
