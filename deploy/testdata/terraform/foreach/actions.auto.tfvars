actions = {
  "sms-a" = { trigger = "send-phone-message", secrets = { KEY = "a" } }
  "sms-b" = { trigger = "send-phone-message", version = "v1", secrets = { KEY = "b", OTHER = "c" } }
  "cpp"   = { trigger = "custom-phone-provider", version = "v1", secrets = {} }
}
