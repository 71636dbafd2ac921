import '@umbraco-ui/uui-box';
