namespace ClinicCms.Core.Schema;

public enum PropertyGroupType
{
    Group,
    Tab,
}
