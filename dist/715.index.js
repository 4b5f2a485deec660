export const id = 715;

export const ids = [ 715 ];

export const modules = {
  /***/ 8715: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    // EXPORTS
    __webpack_require__.d(__webpack_exports__, {
      fromTokenFile: () => /* reexport */ fromTokenFile
    });
    // UNUSED EXPORTS: fromWebToken
    // EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
        var client = __webpack_require__(5152);
    // EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
        var config = __webpack_require__(7291);
    // EXTERNAL MODULE: external "node:fs"
        var external_node_fs_ = __webpack_require__(3024);
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-web-identity/dist-es/fromWebToken.js
    const fromWebToken = init => async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");
      const {roleArn: roleArn, roleSessionName: roleSessionName, webIdentityToken: webIdentityToken, providerId: providerId, policyArns: policyArns, policy: policy, durationSeconds: durationSeconds} = init;
      let {roleAssumerWithWebIdentity: roleAssumerWithWebIdentity} = init;
      if (!roleAssumerWithWebIdentity) {
        const {getDefaultRoleAssumerWithWebIdentity: getDefaultRoleAssumerWithWebIdentity} = await __webpack_require__.e(/* import() */ 136).then(__webpack_require__.t.bind(__webpack_require__, 1136, 19));
        roleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity({
          ...init.clientConfig,
          credentialProviderLogger: init.logger,
          parentClientConfig: {
            ...awsIdentityProperties?.callerClientConfig,
            ...init.parentClientConfig
          }
        }, init.clientPlugins);
      }
      return roleAssumerWithWebIdentity({
        RoleArn: roleArn,
        RoleSessionName: roleSessionName ?? `aws-sdk-js-session-${Date.now()}`,
        WebIdentityToken: webIdentityToken,
        ProviderId: providerId,
        PolicyArns: policyArns,
        Policy: policy,
        DurationSeconds: durationSeconds
      });
    };
    // CONCATENATED MODULE: ./node_modules/@aws-sdk/credential-provider-web-identity/dist-es/fromTokenFile.js
    const ENV_TOKEN_FILE = "AWS_WEB_IDENTITY_TOKEN_FILE";
    const ENV_ROLE_ARN = "AWS_ROLE_ARN";
    const ENV_ROLE_SESSION_NAME = "AWS_ROLE_SESSION_NAME";
    const fromTokenFile = (init = {}) => async awsIdentityProperties => {
      init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");
      const webIdentityTokenFile = init?.webIdentityTokenFile ?? process.env[ENV_TOKEN_FILE];
      const roleArn = init?.roleArn ?? process.env[ENV_ROLE_ARN];
      const roleSessionName = init?.roleSessionName ?? process.env[ENV_ROLE_SESSION_NAME];
      if (!webIdentityTokenFile || !roleArn) throw new config.CredentialsProviderError("Web identity configuration not specified", {
        logger: init.logger
      });
      const credentials = await fromWebToken({
        ...init,
        webIdentityToken: config.externalDataInterceptor?.getTokenRecord?.()[webIdentityTokenFile] ?? (0, 
        external_node_fs_.readFileSync)(webIdentityTokenFile, {
          encoding: "ascii"
        }),
        roleArn: roleArn,
        roleSessionName: roleSessionName
      })(awsIdentityProperties);
      if (webIdentityTokenFile === process.env[ENV_TOKEN_FILE]) (0, client.setCredentialFeature)(credentials, "CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN", "h");
      return credentials;
    };
  }
};