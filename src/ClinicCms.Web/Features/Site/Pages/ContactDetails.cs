namespace ClinicCms.Web.Features.Site.Pages;

/// <summary>How to reach the clinic: the phone as a <c>tel:</c> link, the address in lines.</summary>
public sealed record ContactDetails
{
    public string? Phone { get; init; }

    /// <summary>The phone number for a <c>tel:</c> link: digits and a leading plus only.</summary>
    public string? PhoneHref { get; init; }

    public string? Email { get; init; }
    public IReadOnlyList<string> AddressLines { get; init; } = [];
    public string? ContactPageUrl { get; init; }

    public bool IsEmpty => Phone is null && Email is null && AddressLines.Count == 0;

    public static string? TelephoneLink(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length == 0 ? null : "tel:" + (phone.TrimStart().StartsWith('+') ? "+" : "") + digits;
    }
}
