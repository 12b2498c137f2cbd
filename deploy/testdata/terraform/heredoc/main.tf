variable "greeting" {
  default = "Your code"
}

resource "auth0_action" "inline" {
  name = "sms-inline"
  code = <<-EOT
    exports.onExecuteSendPhoneMessage = async (event) => {
      const text = `${var.greeting}: $${event.message_options.code}`;
      console.log(text, "%{ if var.greeting != "" }greeted%{ endif }");
    };
  EOT

  supported_triggers {
    id      = "send-phone-message"
    version = "v2"
  }
}
